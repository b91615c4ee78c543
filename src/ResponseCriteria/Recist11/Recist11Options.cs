using System;
using ResponseCriteria.Patterns;

namespace ResponseCriteria.Recist11;

/// <summary>
/// Options of the RECIST 1.1 evaluator, each with the guideline's default (see docs/criteria.md for sources).
/// Immutable; set values with an object initializer on a new instance (<c>new Recist11Options { Confirmation = true }</c>);
/// every setter validates its value.
/// </summary>
public sealed class Recist11Options
{
    /// <summary>The options with every default.</summary>
    public static Recist11Options Default { get; } = new();

    /// <summary>Whether CR and PR need confirmation for the best overall response. Default false (randomised trials; [E09]).</summary>
    public bool Confirmation { get; init; }

    /// <summary>The least days between a response and the assessment that confirms it. Default 28 ([E09]: at least 4 weeks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumConfirmationDays { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = 28;

    /// <summary>The least days from baseline for SD (or Non-CR/Non-PD) to count as best overall response. Default 42, inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumStableDiseaseDays { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = 42;

    /// <summary>How many NE time points may stand between a response and its confirmation. Default 1 (criteria Q3; admiralonco <c>max_nr_ne</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaximumNotEvaluableBetweenConfirmation { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = 1;

    /// <summary>
    /// Whether one SD between a PR and its confirming PR or CR is accepted (at most one, as admiralonco's <c>accept_sd</c>).
    /// Default false (criteria Q2).
    /// </summary>
    public bool AcceptStableDiseaseBetweenConfirmation { get; init; }

    /// <summary>
    /// Whether a PR recorded after a CR still confirms a partial response: a CR followed by a PR, or a PR, an early CR and then a
    /// PR. Default false: neither is a confirmed response ([E09] Table 3 note: a real CR followed by disease is progression, so
    /// the pair reads SD or PD; admiralonco agrees). True reads the CR as a PR misread and confirms the PR (with a warning).
    /// </summary>
    public bool PartialAfterCompleteConfirms { get; init; }

    /// <summary>
    /// Whether a sum between −30% of baseline and PD after a PR is reported as continued PR (the working group's
    /// reading) rather than SD (the literal reading). Default false (criteria Q1). Best overall response is the same either way.
    /// </summary>
    public bool ContinuedResponse { get; init; }

    /// <summary>
    /// Whether an equivocal new lesion confirmed later makes the time point of its first sighting PD (and PD is dated there).
    /// Default true (criteria Q4; [E09]). When false, PD is called at the confirming assessment.
    /// </summary>
    public bool BackdateEquivocalNewLesions { get; init; } = true;

    /// <summary>
    /// Whether disease that reappears after a complete response is PD whatever the sum (criteria Q11; [FAQ]). Default true;
    /// when false the reappeared measurement only re-enters the sum.
    /// </summary>
    public bool ReappearanceAfterCompleteResponseIsProgression { get; init; } = true;

    /// <summary>The size a target "too small to measure" counts for, in millimetres. Default 5 ([E09]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal TooSmallToMeasureMillimetres { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = Thresholds.TooSmallToMeasureMillimetres;

    /// <summary>The sum target growth is measured from. Default <see cref="ProgressionReference.Nadir"/> (RECIST 1.1).</summary>
    public ProgressionReference ProgressionReference { get; init; } = ProgressionReference.Nadir;

    /// <summary>
    /// The least absolute increase of the target sum for PD, in millimetres. Default 5 ([E09]); 0 disables the absolute rule
    /// (a simplification some data generators use).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal ProgressionMinimumIncreaseMillimetres { get; init => field = Preconditions.CheckNonNegative(value, nameof(value)); } = Thresholds.ProgressionMinimumIncreaseMillimetres;

    /// <summary>
    /// Whether every time point after the first PD is reported PD (default true: "nothing after the first PD counts", [E09]).
    /// When false each time point is called from its own data, as investigators record visits that continue after progression
    /// (used to compare derived calls with recorded ones visit by visit). Best overall response and the progression date still
    /// stop at the first PD either way.
    /// </summary>
    public bool ProgressionIsFinal { get; init; } = true;

    /// <summary>The thresholds of the response-pattern detectors. Default <see cref="PatternOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public PatternOptions Patterns { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = PatternOptions.Default;
}
