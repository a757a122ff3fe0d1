import { WholeNumberSetting } from './WholeNumberSetting';

// Settings: how many days the whole-database copies made before a restore or an upgrade stay
// in the data folder (removed at the next start once older).
export function KeepCopiesField() {
  return (
    <WholeNumberSetting
      setting="keepCopiesDays"
      id="keep-copies-days"
      min={1}
      max={365}
      label="cases.retention.keepCopies"
      unit="cases.retention.keepCopiesUnit"
      saved="cases.retention.saved"
      help="cases.retention.keepCopiesHelp"
    />
  );
}
