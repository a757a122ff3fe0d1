// A start of Parley that is killed (SIGKILL, no clean-up of any kind) in the middle of moving
// the data folder: `node --import tsx move-child.ts <from> <to> <stage> <nth>`.
import { moveDataFolder } from '../../../../../electron/main/datafolder/move';

const [from, to, killAt, nth] = process.argv.slice(2) as [string, string, string, string];
let seen = 0;
const result = moveDataFolder({
  from,
  to,
  inUse: () => false,
  onStage: (stage) => {
    if (stage === killAt && ++seen === Number(nth)) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write(JSON.stringify(result));
