using System.IO;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Cases.Conformance;

/// <summary>
/// Every adjudicated case in <c>tests/data/conformance/cases</c> and every bundled example is evaluated
/// and compared with its expected calls. A missing folder fails the test: conformance is never skipped silently.
/// </summary>
public sealed class ConformanceTest
{
    private static string CasesFolder => Path.Combine(Repository.Data, "conformance", "cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.json").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Cases_DataFolder_HasBothCriteria()
    {
        var criteria = Directory.GetFiles(CasesFolder, "*.json").Select(file => CaseReader.ReadFile(file).Criteria).ToList();
        Assert.True(criteria.Count(c => c == Criteria.Recist11) >= 10, $"expected the public RECIST 1.1 cases in {CasesFolder}");
        Assert.True(criteria.Count(c => c == Criteria.IRecist) >= 5, $"expected the public iRECIST cases in {CasesFolder}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_AdjudicatedCase_MatchesExpectedCalls(string file)
        => AssertPasses(Path.Combine(CasesFolder, file));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Check_BundledExample_MatchesExpectedCalls(string file)
        => AssertPasses(Path.Combine(Repository.Root, "docs", "examples", file));

    private static void AssertPasses(string path)
    {
        var caseFile = CaseReader.ReadFile(path);
        Assert.NotNull(caseFile.Expected);
        var check = CaseChecker.Check(caseFile, CaseEvaluator.Evaluate(caseFile));
        var report = string.Join("\n", check.Mismatches.Select(m => $"{caseFile.Id} {m.Field} {m.Date}: expected {m.Expected}, got {m.Actual} -- {m.Explanation}"));
        Assert.True(check.Passed, report);
    }
}
