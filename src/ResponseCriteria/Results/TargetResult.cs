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
        Sum = sum;
        BaselineSum = baselineSum;
        Nadir = reference;
        NadirDate = referenceDate;
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
    public decimal? Sum { get; }

    /// <summary>The baseline sum in mm, or null when the baseline cannot support a call.</summary>
    public decimal? BaselineSum { get; }

    /// <summary>The sum growth was judged from, in mm: the nadir (smallest complete sum so far, baseline included), or the baseline under <see cref="Recist11.ProgressionReference.Baseline"/>.</summary>
    public decimal? Nadir { get; }

    /// <summary>The date of the assessment that set <see cref="Nadir"/>.</summary>
    public LocalDate? NadirDate { get; }

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
