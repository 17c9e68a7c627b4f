import { driverTargets } from "./drivers.ts";
import { describeDbSuite } from "./suite.ts";

// The same suite on every driver; the ones needing TEST_DATABASE_URL are
// reported as skipped (not silently missing) when it is unset.
for (const target of driverTargets()) describeDbSuite(target);
