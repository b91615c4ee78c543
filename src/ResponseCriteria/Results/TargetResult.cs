using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>
/// The target response at one time point with the figures it was judged from. Sums are in millimetres;
/// changes in percent are exact decimals (round only for display).
/// </summary>
public sealed class TargetResult
{
    // The three sums as decimals with a bit each saying whether they are there (a nullable decimal takes 24 bytes, not 16):
    // a patient has one of these per follow-up.
    private const byte HasSum = 1, HasBaselineSum = 2, HasNadir = 4, HasNadirDate = 8;
    private readonly decimal sum;
    private readonly decimal baselineSum;
    private readonly decimal nadir;
    private readonly LocalDate nadirDate;
    private readonly byte present;

    internal TargetResult(
        Response response,
        TargetRule rule,
        decimal? sum,
        decimal? baselineSum,
        decimal? reference,
        LocalDate? referenceDate,
        IReadOnlyList<string> notEvaluableLesions,
        IReadOnlyList<string> reappearedLesions)
    {
        Response = response;
        Rule = rule;
        (this.sum, this.baselineSum, nadir, nadirDate) = (sum.GetValueOrDefault(), baselineSum.GetValueOrDefault(), reference.GetValueOrDefault(), referenceDate.GetValueOrDefault());
        present = (byte)((sum.HasValue ? HasSum : 0) | (baselineSum.HasValue ? HasBaselineSum : 0) | (reference.HasValue ? HasNadir : 0) | (referenceDate.HasValue ? HasNadirDate : 0));
        NotEvaluableLesions = notEvaluableLesions;
        ReappearedLesions = reappearedLesions;
    }

    /// <summary>CR, PR, SD, PD, NE, or <see cref="Response.NotApplicable"/> when there are no targets.</summary>
    public Response Response { get; }

    /// <summary>The rule that decided <see cref="Response"/>.</summary>
    public TargetRule Rule { get; }

    /// <summary>
    /// The sum of diameters in mm (too small to measure counted at its option value). When some targets are not
    /// evaluable this is the sum of the evaluable ones (the missing counted as 0). Null when no target was evaluable.
    /// </summary>
    public decimal? Sum => (present & HasSum) != 0 ? sum : null;

    /// <summary>The baseline sum in mm, or null when the baseline cannot support a call.</summary>
    public decimal? BaselineSum => (present & HasBaselineSum) != 0 ? baselineSum : null;

    /// <summary>The sum growth was judged from, in mm: the nadir (smallest complete sum so far, baseline included), or the baseline under <see cref="Recist11.ProgressionReference.Baseline"/>.</summary>
    public decimal? Nadir => (present & HasNadir) != 0 ? nadir : null;

    /// <summary>The date of the assessment that set <see cref="Nadir"/>.</summary>
    public LocalDate? NadirDate => (present & HasNadirDate) != 0 ? nadirDate : null;

    /// <summary>Whether every target was evaluable.</summary>
    public bool IsComplete => NotEvaluableLesions.Count == 0;

    /// <summary>The targets not evaluable at this time point.</summary>
    public IReadOnlyList<string> NotEvaluableLesions { get; }

    /// <summary>The targets that reappeared after a complete response.</summary>
    public IReadOnlyList<string> ReappearedLesions { get; }

    /// <summary>The change from baseline in percent, or null when no sum or the baseline sum is 0.</summary>
    public decimal? ChangeFromBaselinePercent => Percent(Sum, BaselineSum);

    /// <summary>The change from the nadir in mm, or null.</summary>
    public decimal? ChangeFromNadirMillimetres => Sum is { } s && Nadir is { } n ? s - n : null;

    /// <summary>The change from the nadir in percent, or null when no sum or the nadir is 0.</summary>
    public decimal? ChangeFromNadirPercent => Percent(Sum, Nadir);

    private static decimal? Percent(decimal? value, decimal? reference)
        => value is { } v && reference is { } r && r != 0m ? (v - r) * 100m / r : null;
}
