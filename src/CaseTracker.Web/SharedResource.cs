namespace CaseTracker.Web;

/// <summary>
/// Marker for the one shared string table, Resources/SharedResource.resx. Keys are the English text,
/// so a missing translation falls back to English instead of a code.
/// </summary>
public sealed class SharedResource
{
}
