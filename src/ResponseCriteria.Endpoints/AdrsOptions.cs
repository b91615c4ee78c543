using System;
using ResponseCriteria.Recist11;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// How the response parameters are derived. The defaults are admiralonco's ADRS template (<c>ad_adrs.R</c>, pharmaverseadam):
/// each default below names the template step it follows.
/// </summary>
public sealed class AdrsOptions
{
    /// <summary>The template's defaults.</summary>
    public static AdrsOptions Default { get; } = new();

    /// <summary>
    /// Confirmation and the SD minimum: <see cref="Recist11Options.MinimumConfirmationDays"/> 28 (<c>days(28)</c> in
    /// <c>crsp_y_pr</c>/<c>cbor_pr</c>), <see cref="Recist11Options.MaximumNotEvaluableBetweenConfirmation"/> 1 (at most one NE in
    /// between), <see cref="Recist11Options.AcceptStableDiseaseBetweenConfirmation"/> off, and
    /// <see cref="Recist11Options.MinimumStableDiseaseDays"/> 42 (<c>bor_sd</c>: <c>ADT &gt;= RANDDT + 42</c>), counted from the
    /// subject's reference date.
    /// </summary>
    public Recist11Options Confirmation { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Recist11Options.Default;

    /// <summary>
    /// The least days from the reference date for CR, PR, SD or Non-CR/Non-PD to count as clinical benefit (CB, CCB); default
    /// 42 (<c>cb_y</c>: <c>ADT &gt;= RANDDT + 42</c>). Protocols often ask 24 weeks (168 days).
    /// </summary>
    public int ClinicalBenefitDays { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "expected days from 0"); } = 42;

    /// <summary>Whether calls dated before the reference date are dropped (ANL01FL: <c>ADT &gt;= RANDDT</c>); default true.</summary>
    public bool DropBeforeReference { get; init; } = true;

    /// <summary>
    /// Whether, when one date has two calls, only the worst is kept (ANL01FL: NE, CR, PR, SD, NON-CR/NON-PD, PD from best to
    /// worst, the later record on a tie); default true. Off, both are kept in record order.
    /// </summary>
    public bool WorstPerDate { get; init; } = true;

    /// <summary>
    /// Whether a subject without any usable call gets BOR and CBOR <c>MISSING</c> (<c>no_data_missing</c>); default true.
    /// Off, such a subject's best response is NE.
    /// </summary>
    public bool MissingWithoutAssessment { get; init; } = true;

    /// <summary>Who made the calls, for PARAM ("… by Investigator") and PARCAT2; default "Investigator".</summary>
    public string Evaluator { get; init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("expected a name", nameof(value)) : value; } = "Investigator";
}
