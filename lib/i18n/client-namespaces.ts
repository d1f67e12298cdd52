/**
 * The messages every page's client components may read: those of the root layout's own client
 * components (the error page). A page whose client components read more names them in the layout
 * of its folder (`export default clientMessagesLayout([...])`); tests/architecture/client-messages.test.ts
 * reads the code and fails when a page's client components read a namespace it does not give them.
 */
export const ROOT_CLIENT_NAMESPACES = ["errorPage"] as const;
