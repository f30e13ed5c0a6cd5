import { enhanceCombobox } from './search-combobox';
import { enhanceSearchPage } from './search-page';
import { setSearchUi } from './search-ui-slot';

// The search code a page loads when a reader starts to search (./search-box). It is built as
// one self-contained module that hands itself over through a global slot rather than through
// exports: built that way (`?worker&url`), its address is known before it loads, so a failed
// load can be tried again under a new one.
setSearchUi({ enhanceCombobox, enhanceSearchPage });
