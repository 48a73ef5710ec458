// The admin page's entry (admin/index.html): its elements only, never the widgets' bundle.
import './define.js';
