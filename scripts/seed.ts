// `npm run db:seed`: the demo business and user, in the database of DATABASE_URL.
import { seedDemo } from "../lib/seed/demo";

seedDemo().then(
  (demo) => {
    console.log(demo.created ? `Demo user created: ${demo.email} / ${demo.password}` : `Demo user already present: ${demo.email}`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
