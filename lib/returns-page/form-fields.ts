/** The returns page's form limits and item field names, shared by the page and its schema. Pure, no imports. */
export const ORDER_NUMBER_MAX = 60;
export const CONTACT_MAX = 254;
/** As lib/returns/issue.ts NOTE_MAX (checked by tests/returns-page-actions.test.ts). */
export const RETURN_NOTE_MAX = 500;

/** The form's fields of item `i`: its checkbox and how many. */
export const itemField = (i: number) => `item.${i}`;
export const quantityField = (i: number) => `quantity.${i}`;
