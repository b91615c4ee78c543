using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Patterns;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>Everything an evaluator found for one series: the time points, the best overall responses, the date of progression and the diagnostics.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(
        Criteria criteria,
        string? seriesId,
        LocalDate baselineDate,
        IReadOnlyList<TimePointResult> timePoints,
        BestResponseResult unconfirmed,
        BestResponseResult confirmed,
        bool confirmationRequired,
        LocalDate? progressionDate,
        IReadOnlyList<Diagnostic> diagnostics,
        PatternReport patterns,
        LocalDate? progressionConfirmationDate = null,
        LocalDate? unconfirmedProgressionDate = null)
    {
        Patterns = patterns;
        ProgressionConfirmationDate = progressionConfirmationDate;
        UnconfirmedProgressionDate = unconfirmedProgressionDate;
        Criteria = criteria;
        SeriesId = seriesId;
        BaselineDate = baselineDate;
        TimePoints = timePoints;
        UnconfirmedBestOverallResponse = unconfirmed;
        ConfirmedBestOverallResponse = confirmed;
        ConfirmationRequired = confirmationRequired;
        ProgressionDate = progressionDate;
        Diagnostics = diagnostics;
    }

    /// <summary>The criteria the series was read with.</summary>
    public Criteria Criteria { get; }

    /// <summary>The series id, or null.</summary>
    public string? SeriesId { get; }

    /// <summary>The baseline date.</summary>
    public LocalDate BaselineDate { get; }

    /// <summary>One result per follow-up assessment, in order.</summary>
    public IReadOnlyList<TimePointResult> TimePoints { get; }

    /// <summary>The best overall response under the options (confirmed when confirmation is required).</summary>
    public BestResponseResult BestOverallResponse => ConfirmationRequired ? ConfirmedBestOverallResponse : UnconfirmedBestOverallResponse;

    /// <summary>The best overall response without confirmation.</summary>
    public BestResponseResult UnconfirmedBestOverallResponse { get; }

    /// <summary>The best overall response with CR and PR confirmed.</summary>
    public BestResponseResult ConfirmedBestOverallResponse { get; }

    /// <summary>Whether the options require confirmation (selects <see cref="BestOverallResponse"/>).</summary>
    public bool ConfirmationRequired { get; }

    /// <summary>
    /// The progression event date, or null. RECIST 1.1: the first PD (an equivocal new lesion later confirmed dates it to its
    /// first sighting). iRECIST: the date of the iUPD that was confirmed (the guideline convention; the iPFS event date).
    /// </summary>
    public LocalDate? ProgressionDate { get; }

    /// <summary>iRECIST: the date of the assessment that confirmed progression (iCPD), or null. Under RECIST 1.1 always null.</summary>
    public LocalDate? ProgressionConfirmationDate { get; }

    /// <summary>iRECIST: the date of an iUPD still unconfirmed at the last assessment (no iCPD event; criteria Q9), or null.</summary>
    public LocalDate? UnconfirmedProgressionDate { get; }

    /// <summary>The descriptive response patterns (mixed, dissociated, pseudoprogression, hyperprogression) with their definitions.</summary>
    public PatternReport Patterns { get; }

    /// <summary>The diagnostics, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
