using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

/// <summary>
/// Every <c>$ dotnet run --project src/ResponseCriteria.Cli -- …</c> example of the README runs from the repository root and
/// prints what the README shows (a line <c>...</c> stands for any number of lines).
/// </summary>
public sealed class ReadmeTest
{
    private const string Prompt = "$ dotnet run --project src/ResponseCriteria.Cli -- ";

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var example in Examples())
        {
            data.Add(example.Command);
        }

        return data;
    }

    [Fact]
    public void Readme_HasCommandExamples()
        => Assert.True(Examples().Count >= 4, "expected the evaluate, compare, check and sdtm examples in README.md");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_ReadmeExample_PrintsWhatTheReadmeShows(string command)
    {
        var example = Examples().Single(e => e.Command == command);
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        int code;
        try
        {
            Directory.SetCurrentDirectory(Repository.Root);
            code = CommandLine.Run(ToScratch(Split(command)), output, error);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        Assert.True(code == 0, $"exit {code}: {error}");
        AssertShown(example.Shown, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'));
    }

    private static void AssertShown(List<string> shown, string[] actual)
    {
        var at = 0;
        var skipping = false;
        foreach (var line in shown)
        {
            if (line == "...")
            {
                skipping = true;
                continue;
            }

            if (skipping)
            {
                while (at < actual.Length && actual[at] != line)
                {
                    at++;
                }
            }

            Assert.True(at < actual.Length && actual[at] == line, $"README shows:\n{line}\nbut the output has:\n{(at < actual.Length ? actual[at] : "(end of output)")}");
            at++;
            skipping = false;
        }

        Assert.True(skipping || at == actual.Length, $"the output goes on after what the README shows:\n{string.Join("\n", actual.Skip(at).Take(3))}");
    }

    private static List<(string Command, List<string> Shown)> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        var examples = new List<(string, List<string>)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Prompt, StringComparison.Ordinal))
            {
                continue;
            }

            var command = new StringBuilder(lines[i][Prompt.Length..]);
            while (command[^1] == '\\')
            {
                command.Length--;
                command.Append(' ').Append(lines[++i].Trim());
            }

            var shown = new List<string>();
            while (++i < lines.Length && lines[i] != "```")
            {
                shown.Add(lines[i]);
            }

            examples.Add((command.ToString(), shown));
        }

        return examples;
    }

    /// <summary>The arguments with the folder after <c>--out</c> moved into the test's scratch folder (tests never write into the repository).</summary>
    private static string[] ToScratch(string[] args)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i - 1] == "--out")
            {
                args[i] = Path.Combine(Repository.Scratch, "readme-" + args[i]);
            }
        }

        return args;
    }

    /// <summary>Splits a shell command line on spaces, keeping double-quoted words together.</summary>
    private static string[] Split(string command)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }
}
