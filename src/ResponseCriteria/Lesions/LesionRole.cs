namespace ResponseCriteria.Lesions;

/// <summary>Whether a lesion is measured (target) or followed by status only (non-target).</summary>
public enum LesionRole
{
    /// <summary>A target lesion: measured at every assessment and added to the sum of diameters.</summary>
    Target = 0,

    /// <summary>A non-target lesion: followed as absent, present or progressed; never measured.</summary>
    NonTarget = 1,
}
