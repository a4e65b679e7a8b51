import { App } from 'cdktf';
import { AzureLocalTrustedLaunchStack } from './azure-local-trusted-launch-stack';
import { HybridFileServicesStack } from './hybrid-file-services-stack';
import { VariableDrivenStack } from './variable-driven-stack';
import { WindowsFleetStack } from './windows-fleet-stack';

const app = new App();
new WindowsFleetStack(app, 'windows-fleet');
new AzureLocalTrustedLaunchStack(app, 'azure-local-trusted-launch');
new HybridFileServicesStack(app, 'hybrid-file-services');
new VariableDrivenStack(app, 'variable-driven');
app.synth();
