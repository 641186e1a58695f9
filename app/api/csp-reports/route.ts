// Browsers report Content-Security-Policy violations here (the policy's report-uri and report-to).
import { receiveCspReports } from "@/lib/security/csp-report-endpoint";

export const dynamic = "force-dynamic";

export const POST = receiveCspReports;
