using ResponseCriteria.Responses;

namespace ResponseCriteria.Recist11;

/// <summary>The RECIST 1.1 time-point tables ([E09] Tables 1 and 2) as a function, for checking calls recorded elsewhere.</summary>
public static class TimePointTables
{
    /// <summary>The overall response for component responses.</summary>
    /// <param name="target">The target response (CR, PR, SD, PD or a progression, NE, or <see cref="Response.NotApplicable"/> without targets).</param>
    /// <param name="nonTarget">The non-target response (CR, Non-CR/Non-PD, PD or a progression, NE, or <see cref="Response.NotApplicable"/>).</param>
    /// <param name="newLesion">Whether an unequivocal new lesion was seen.</param>
    /// <returns>PD when a component progressed or a new lesion was seen; otherwise the table's call (CR, PR, SD, Non-CR/Non-PD, NE or NED).</returns>
    public static Response Overall(Response target, Response nonTarget, bool newLesion)
        => newLesion || ResponseCodes.IsProgression(target) || ResponseCodes.IsProgression(nonTarget)
            ? Response.ProgressiveDisease
            : TimePointTable.WithoutProgression(target, nonTarget).Response;
}
