import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiClient } from '../core/api-client.js';
import type { JobSuggestion } from '../core/types.js';
import { readJobSuggestions } from '../core/validate.js';

/** Milliseconds a visitor may pause typing before suggestions are asked for (the search itself waits longer). */
const suggestDelay = 150;
/** The contract's bounds for `q`, and how many suggestions the list shows. */
const minLength = 2;
const maxLength = 100;
const limit = 8;

/**
 * The search field's suggestion list (WAI-ARIA APG "combobox with listbox popup", list autocomplete with manual
 * selection): asks `GET /jobs/suggestions` after a short pause, aborts the request before when the visitor types
 * on, and keeps every failure quiet. Suggestions are a convenience: the search works the same without them, so this
 * is a chunk of its own that the job list fetches when the search field first takes focus.
 */
export class SuggestionsController implements ReactiveController {
  /** The suggestions last answered, for `text`. */
  items: readonly JobSuggestion[] = [];
  /** The trimmed words the items answer. */
  text = '';
  open = false;
  /** The index of the active option (`aria-activedescendant`), -1 for none. */
  active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly base: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Asks for suggestions to what the visitor typed, after a pause; too short or too long a text closes the list. */
  ask(typed: string, wait = suggestDelay): void {
    this.stop();
    this.active = -1;
    const q = typed.trim();
    if (q.length < minLength || q.length > maxLength) this.close();
    else this.timer = setTimeout(() => void this.load(q), wait);
    this.host.requestUpdate();
  }

  /** Closes the list and forgets what was on its way: the visitor searched, took a suggestion or left the field. */
  close(): void {
    this.stop();
    if (!this.open && this.active < 0) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /**
   * The keys of the pattern, on the search field: arrows move the active option (opening the list, wrapping at
   * its ends), Escape closes an open list, Enter takes the active option and returns it. Other keys, and Escape or
   * Enter with nothing to do here, keep what the field does without the list.
   */
  keydown(event: KeyboardEvent): JobSuggestion | undefined {
    if (event.isComposing) return undefined;
    const count = this.items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = event.key === 'ArrowDown';
        if (this.open) {
          if (!event.altKey) this.active = this.active < 0 ? (down ? 0 : count - 1) : (this.active + (down ? 1 : count - 1)) % count;
        } else {
          const typed = (event.target as HTMLInputElement).value.trim();
          if (!count || typed !== this.text) return void this.ask(typed, 0);
          this.open = true;
          this.active = event.altKey ? -1 : down ? 0 : count - 1;
        }
        event.preventDefault();
        break;
      }
      case 'Enter': {
        const taken = this.open ? this.items[this.active] : undefined;
        if (!taken) return undefined;
        event.preventDefault();
        this.close();
        return taken;
      }
      case 'Escape':
        if (!this.open) return undefined;
        event.preventDefault();
        this.close();
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the field again; no option stays active.
        this.active = -1;
        break;
      default:
        return undefined;
    }
    this.host.requestUpdate();
    return undefined;
  }

  hostDisconnected(): void {
    this.stop();
    this.open = false;
    this.active = -1;
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.request?.abort();
    this.request = undefined;
  }

  private async load(q: string): Promise<void> {
    const request = (this.request = new AbortController());
    let items: JobSuggestion[] = [];
    try {
      items = await ApiClient.for(this.base()).get('/jobs/suggestions', { q, limit }, readJobSuggestions, { signal: request.signal, retry: false });
    } catch {
      // Aborted, failed, or not what the contract says: no list and no message; the search goes on as before.
    }
    // A newer question (or the visitor leaving) made this answer stale.
    if (request !== this.request) return;
    this.request = undefined;
    this.items = items.slice(0, limit);
    this.text = q;
    this.open = this.items.length > 0;
    this.active = -1;
    this.host.requestUpdate();
  }
}
