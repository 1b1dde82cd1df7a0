// The round schema's checks, as the command line and the add-in load them at once (the web page loads them on first use).
import "../../src/rounds/schemaProblems";
