using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Cases.Tests;

/// <summary>
/// The case reader under bad input: mutations of every bundled and conformance case (flipped, deleted and inserted
/// characters, truncation, values of the wrong type, duplicated and unknown fields), a bounded number with a fixed seed.
/// Nothing but <see cref="CaseFormatException"/> may come out, and a case that reads also evaluates without throwing.
/// </summary>
public sealed partial class CaseReaderTest
{
    private static readonly string[] Replacements =
    [
        "null", "true", "-1", "1e400", "\"\"", "\"NE\"", "\"TSTM\"", "[]", "{}", "\"2024-02-30\"", "\"9999-12-31\"", "0.0000001",
        "79228162514264337593543950336", "\"iRECIST\"", "\"RECIST 1.1\"", "\"progression\"", "\"furtherIncrease\"", "\"\\u0000\"",
    ];

    [Fact]
    public void Parse_MutatedCases_OnlyFormatErrors()
    {
        var originals = Directory.GetFiles(Path.Combine(Repository.Data, "conformance", "cases"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var random = new Random(42);
        var read = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = originals[random.Next(originals.Length)];
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                text = Mutate(text, random);
            }

            try
            {
                var c = CaseReader.Parse(text, "fuzz.json");
                CaseChecker.Check(c, CaseEvaluator.Evaluate(c));
                read++;
            }
            catch (CaseFormatException e)
            {
                Assert.StartsWith("fuzz.json", e.Message, StringComparison.Ordinal);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"input #{n}: {e.GetType().Name}: {e.Message}\n{text}");
            }
        }

        Assert.True(read > 100, $"only {read} mutated cases read");
    }

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var at = random.Next(text.Length);
        switch (random.Next(7))
        {
            case 0:
                return text[..at] + (char)random.Next(32, 127) + text[(at + 1)..];
            case 1:
                return text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
            case 2:
                return text[..at];
            case 3:
                // A value (after a colon) replaced by one of another type or out of range.
                var colon = text.IndexOf(':', at);
                if (colon < 0)
                {
                    return text;
                }

                var end = text.IndexOfAny([',', '}', ']'], colon);
                return end < 0 ? text : text[..(colon + 1)] + " " + Replacements[random.Next(Replacements.Length)] + text[end..];
            case 4:
                // A field duplicated or an unknown field added to an object.
                var brace = text.IndexOf('{', at);
                return brace < 0 ? text : text.Insert(brace + 1, random.Next(2) == 0 ? "\"id\": \"dup\", " : "\"extra\": 1, ");
            case 5:
                // A number nudged, to reach the rules rather than the parser.
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                return digit < 0 ? text : text[..digit] + random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) + text[(digit + 1)..];
            default:
                // An array element (an assessment, a lesion) dropped.
                var open = text.IndexOf("{ \"", at, StringComparison.Ordinal);
                var close = open < 0 ? -1 : text.IndexOf('}', open);
                return close < 0 ? text : text.Remove(open, close - open + 1);
        }
    }
}
