// Decides how the desktop workflow signs the package on this runner, from which signing
// secrets the repository has (passed in as environment variables; only their presence is
// read here, never their values). Writes step outputs for the packaging steps and says in
// the job summary what the counsellor will get.
//   node .ci/signing.mjs <macOS|Windows>
// Outputs (GITHUB_OUTPUT): signed=true|false, notarized=true|false, builder_args=<extra electron-builder arguments>
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const has = (name) => typeof process.env[name] === 'string' && process.env[name].trim() !== '';

/** The signing plan for one runner OS, from the names of the secrets that are set. */
export function signingPlan(os, present = has) {
  if (os === 'macOS') {
    const signed = present('MAC_CSC_LINK') && present('MAC_CSC_KEY_PASSWORD');
    const notarized = signed && present('APPLE_ID') && present('APPLE_APP_SPECIFIC_PASSWORD') && present('APPLE_TEAM_ID');
    if (!signed) {
      return {
        signed: false,
        notarized: false,
        // Ad-hoc: a signature with no Team ID, so Apple Silicon runs it. Under the hardened runtime,
        // library validation would refuse the Electron framework and the database module (no
        // Team ID to match): the ad-hoc build alone gets disable-library-validation.
        builderArgs: [
          '-c.mac.identity=-',
          '-c.mac.entitlements=resources/entitlements.mac.adhoc.plist',
          '-c.mac.entitlementsInherit=resources/entitlements.mac.adhoc.plist',
          '-c.mac.notarize=false',
        ],
        summary:
          'macOS: **unsigned test build** (ad-hoc signature, not notarised): the repository has no MAC_CSC_LINK / MAC_CSC_KEY_PASSWORD secrets. ' +
          'macOS will refuse to open it until the counsellor chooses "Open Anyway" in System Settings → Privacy & Security.',
      };
    }
    return {
      signed: true,
      notarized,
      builderArgs: notarized ? [] : ['-c.mac.notarize=false'],
      summary: notarized
        ? 'macOS: signed with the Developer ID certificate and notarised by Apple.'
        : 'macOS: signed with the Developer ID certificate but **not notarised** (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not all set): Gatekeeper will still warn.',
    };
  }
  if (os === 'Windows') {
    const signed = present('WIN_CSC_LINK');
    return {
      signed,
      notarized: false,
      builderArgs: [],
      summary: signed
        ? 'Windows: installer and app signed with the code-signing certificate (WIN_CSC_LINK).'
        : 'Windows: **unsigned build**: the repository has no WIN_CSC_LINK secret. SmartScreen will warn; the counsellor chooses "More info → Run anyway".',
    };
  }
  throw new Error(`no signing plan for ${os}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const os = process.argv[2] ?? process.env.RUNNER_OS;
  const plan = signingPlan(os);
  const lines = [`signed=${plan.signed}`, `notarized=${plan.notarized}`, `builder_args=${plan.builderArgs.join(' ')}`];
  console.log(lines.join('\n'));
  console.log(plan.summary);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `${lines.join('\n')}\n`);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### Signing\n\n${plan.summary}\n\n`);
}
