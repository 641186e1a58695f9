// Auth.js endpoints: magic-link callback, OAuth callbacks, session, sign-out.
import { handlers } from "@/lib/accounts/auth";

export const { GET, POST } = handlers;
