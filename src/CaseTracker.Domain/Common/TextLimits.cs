namespace CaseTracker.Domain.Common;

/// <summary>Length limits of every text field, shared by the entities, the schema and the forms.</summary>
public static class TextLimits
{
    public const int Code = 64;

    /// <summary>A date as typed ("the night of 12-13 March 2021").</summary>
    public const int TypedDate = 100;
    public const int Reference = 32;
    public const int Name = 200;
    public const int Title = 300;
    public const int ShortText = 500;
    public const int Place = 300;
    public const int Reason = 1000;
    public const int Url = 2000;
    public const int LongText = 20_000;
    public const int OtherNames = 30;
}
