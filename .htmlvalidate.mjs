// html-validate configuration for the built site (tests/e2e/trust.test.ts validates every page).
// Each rule that is turned off or relaxed says why; everything else is html-validate:recommended.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements both ways (<meta/> and <br>); both are valid HTML.
		'void-style': 'off',
		// Starlight's own search, menu and theme buttons have no type attribute; they sit outside any
		// form, where the default type does nothing. Our buttons all set type="button".
		'no-implicit-button-type': 'off',
		// Starlight sets CSS custom properties in style attributes (icon sizes, TOC depth).
		'no-inline-style': 'off',
		// Starlight renders the "On this page" navigation twice (mobile and desktop) with one label.
		'unique-landmark': 'off',
		// HTML5 allows ids that start with a digit; Starlight slugs headings such as "1. Red flags first".
		'valid-id': ['error', { relaxed: true }],
		// A bare "&" that starts no character reference is valid HTML5 (site title in attributes).
		'no-raw-characters': ['error', { relaxed: true }],
		// A checkbox group shares one name, as HTML intends (?f=a&f=b).
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		// The differential helper and the programme builder update live as the reader changes them;
		// a submit button would do nothing. Both forms say how they work.
		'wcag/h32': 'off',
		// Titles are the content's own names plus the site name; clarity beats the 70-character SEO rule.
		'long-title': 'off',
	},
};
