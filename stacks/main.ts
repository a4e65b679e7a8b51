import { App } from 'cdktf';
import { AzureLocalTrustedLaunchStack } from './azure-local-trusted-launch-stack';
import { WindowsFleetStack } from './windows-fleet-stack';

const app = new App();
new WindowsFleetStack(app, 'windows-fleet');
new AzureLocalTrustedLaunchStack(app, 'azure-local-trusted-launch');
app.synth();
