import { App } from 'cdktf';
import { WindowsFleetStack } from './windows-fleet-stack';

const app = new App();
new WindowsFleetStack(app, 'windows-fleet');
app.synth();
