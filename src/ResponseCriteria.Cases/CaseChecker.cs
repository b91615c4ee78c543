using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Patterns;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Cases;

/// <summary>Compares an evaluation with a case's expected calls: time points, best overall response, progression date and patterns.</summary>
public static class CaseChecker
{
    /// <summary>Checks a case evaluated under its own criteria against its <see cref="CaseFile.Expected"/> block (only the fields given are compared).</summary>
    /// <param name="c">The case.</param>
    /// <param name="result">Its evaluation (see <see cref="CaseEvaluator.Evaluate"/>).</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> was read under other criteria than the case's.</exception>
    public static CaseCheck Check(CaseFile c, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Criteria != c.Criteria)
        {
            throw new ArgumentException($"the case is written for {ResponseCodes.CriteriaName(c.Criteria)}, the result is {ResponseCodes.CriteriaName(result.Criteria)}", nameof(result));
        }

        var mismatches = new List<CaseMismatch>();

        var expected = c.Expected;
        if (expected is null)
        {
            return new CaseCheck(c.Id, mismatches);
        }

        if (expected.TimePoints is { } tps)
        {
            var n = Math.Max(tps.Count, result.TimePoints.Count);
            for (var i = 0; i < n; i++)
            {
                var want = i < tps.Count ? tps[i] : "(none)";
                var tp = i < result.TimePoints.Count ? result.TimePoints[i] : null;
                var got = tp is null ? "(none)" : ResponseCodes.ToCode(tp.Response, c.Criteria);
                if (want != got)
                {
                    mismatches.Add(new CaseMismatch($"timepoints[{i}]", tp?.Date, want, got, tp?.Explanation ?? "no such follow-up assessment"));
                }
            }
        }

        if (expected.BestOverallResponse is { } best)
        {
            var got = ResponseCodes.ToCode(result.BestOverallResponse.Response, c.Criteria);
            if (best != got)
            {
                mismatches.Add(new CaseMismatch("bestOverallResponse", result.BestOverallResponse.Date, best, got, result.BestOverallResponse.Explanation));
            }
        }

        if (expected.HasProgressionDate && expected.ProgressionDate != result.ProgressionDate)
        {
            mismatches.Add(new CaseMismatch("progressionDate", result.ProgressionDate, Format(expected.ProgressionDate), Format(result.ProgressionDate), "first progression as evaluated"));
        }

        if (expected.Patterns is { } patterns)
        {
            var want = patterns.OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var got = PatternNames(result.Patterns).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            if (!want.SequenceEqual(got))
            {
                var findings = string.Join("; ", result.Patterns.Findings.Select(f => f.Explanation));
                mismatches.Add(new CaseMismatch("patterns", null, Join(want), Join(got), findings.Length == 0 ? "no pattern found" : findings));
            }
        }

        return new CaseCheck(c.Id, mismatches);
    }

    /// <summary>The case-format names of the patterns found ("mixedResponse", …), each once.</summary>
    /// <param name="report">The pattern report.</param>
    public static IReadOnlyList<string> PatternNames(PatternReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = new List<string>();
        foreach (var pattern in Enum.GetValues<ResponsePattern>())
        {
            if (report.Has(pattern))
            {
                names.Add(CaseWriter.PatternNames[(int)pattern]);
            }
        }

        return names;
    }

    private static string Join(string[] names) => names.Length == 0 ? "(none)" : string.Join(", ", names);

    private static string Format(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "null";
}

/// <summary>The result of checking one case.</summary>
public sealed class CaseCheck
{
    internal CaseCheck(string caseId, IReadOnlyList<CaseMismatch> mismatches)
    {
        CaseId = caseId;
        Mismatches = mismatches;
    }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>Whether every expected call matched.</summary>
    public bool Passed => Mismatches.Count == 0;

    /// <summary>The mismatches, in the order checked.</summary>
    public IReadOnlyList<CaseMismatch> Mismatches { get; }
}

/// <summary>One expected call that the evaluation does not reproduce.</summary>
public sealed class CaseMismatch
{
    internal CaseMismatch(string field, LocalDate? date, string expected, string actual, string explanation)
    {
        Field = field;
        Date = date;
        Expected = expected;
        Actual = actual;
        Explanation = explanation;
    }

    /// <summary>The field compared, e.g. <c>timepoints[1]</c> or <c>bestOverallResponse</c>.</summary>
    public string Field { get; }

    /// <summary>The assessment date concerned, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The expected value.</summary>
    public string Expected { get; }

    /// <summary>The evaluated value.</summary>
    public string Actual { get; }

    /// <summary>The evaluator's explanation of its call.</summary>
    public string Explanation { get; }
}
