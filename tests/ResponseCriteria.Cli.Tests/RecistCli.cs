using System.IO;

namespace ResponseCriteria.Cli.Tests;

/// <summary>Runs the <c>recist</c> command line in process, as the tests of each command do.</summary>
internal static class RecistCli
{
    /// <summary>The exit code and what was written to standard output (line ends as <c>\n</c>) and standard error.</summary>
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }
}
