// Loaded with --import in every worker thread: registers tsx from this project's own
// node_modules, so the threads run the TypeScript modules from whatever folder the command was run
// in. A bare "--import tsx" would be resolved from that folder, where tsx is not installed.
import { register } from "tsx/esm/api";

register();
