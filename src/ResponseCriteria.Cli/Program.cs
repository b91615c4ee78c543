using System;
using ResponseCriteria.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
