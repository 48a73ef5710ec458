import { defineElement } from '../core/define.js';
import { ContactForm } from './contact-form.js';

defineElement('wr-contact-form', ContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'wr-contact-form': ContactForm;
  }
}
