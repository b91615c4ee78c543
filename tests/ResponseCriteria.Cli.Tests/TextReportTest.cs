using System.IO;
using System.Text.RegularExpressions;
using ResponseCriteria.Cases;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

public sealed partial class TextReportTest
{
    private static readonly CaseFile Seed = CaseReader.ReadFile(Path.Combine(Repository.Root, "docs", "examples", "seed-case.json"));

    /// <summary>On a terminal the calls are coloured; without the colour codes the text is the plain report, columns and all.</summary>
    [Fact]
    public void Write_Colour_CallsPaintedColumnsUnchanged()
    {
        var result = CaseEvaluator.Evaluate(Seed);
        var plain = new StringWriter();
        var coloured = new StringWriter();

        TextReport.Write(Seed, result, plain);
        TextReport.Write(Seed, result, coloured, colour: true);

        Assert.Contains("\u001b[32miPR", coloured.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("\u001b[91miUPD", coloured.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("\u001b[1;31miCPD", coloured.ToString(), System.StringComparison.Ordinal);
        Assert.Equal(plain.ToString(), Ansi().Replace(coloured.ToString(), string.Empty));
    }

    [Fact]
    public void Run_RedirectedOutput_NoColourCodes()
    {
        var (code, output, _) = RecistCli.Run("evaluate", Path.Combine(Repository.Root, "docs", "examples", "seed-case.json"));

        Assert.Equal(0, code);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Colours_WriterNotTheConsole_False()
        => Assert.False(Terminal.Colours(new StringWriter()));

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();
}
