using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>
/// The call at one follow-up assessment: the target, non-target and new-lesion findings, the overall
/// response, the table row that produced it, and a one-line explanation built from the figures.
/// </summary>
public sealed class TimePointResult
{
    private readonly TimePointText text;
    private string? explanation;

    internal TimePointResult(
        LocalDate date,
        int daysFromBaseline,
        TargetResult target,
        NonTargetResult nonTarget,
        NewLesionResult newLesions,
        Response response,
        OverallRule rule,
        ProgressionReasons progressionReasons,
        TimePointText text,
        IRecistStep? iRecist = null)
    {
        IRecist = iRecist;
        Date = date;
        DaysFromBaseline = daysFromBaseline;
        Target = target;
        NonTarget = nonTarget;
        NewLesions = newLesions;
        Response = response;
        Rule = rule;
        ProgressionReasons = progressionReasons;
        this.text = text;
    }

    /// <summary>The assessment date.</summary>
    public LocalDate Date { get; }

    /// <summary>Days from the baseline assessment.</summary>
    public int DaysFromBaseline { get; }

    /// <summary>The target finding.</summary>
    public TargetResult Target { get; }

    /// <summary>The non-target finding.</summary>
    public NonTargetResult NonTarget { get; }

    /// <summary>The new-lesion finding.</summary>
    public NewLesionResult NewLesions { get; }

    /// <summary>The overall response at this time point.</summary>
    public Response Response { get; }

    /// <summary>The time-point table row that produced <see cref="Response"/>.</summary>
    public OverallRule Rule { get; }

    /// <summary>Which categories progressed at this time point (none unless the response is a progression).</summary>
    public ProgressionReasons ProgressionReasons { get; }

    /// <summary>The iRECIST details (new-lesion categories, unconfirmed progression), or null under RECIST 1.1.</summary>
    public IRecistStep? IRecist { get; }

    /// <summary>One line: the call, the figures and the rule (built on first use; the same text every time).</summary>
    public string Explanation => explanation ??= Rule == OverallRule.AssessmentNotUsable && IRecist is null ? TimePointText.NotUsable : text.Explain(this);

    /// <inheritdoc/>
    public override string ToString() => Explanation;
}
