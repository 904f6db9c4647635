using System.ComponentModel.DataAnnotations;

namespace CaseTracker.Web.Security;

/// <summary>
/// A new password's length in characters as a person counts them (<see cref="PasswordRules.Length"/>),
/// not in UTF-16 code units: an emoji is one character, not two.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PasswordLengthAttribute : ValidationAttribute
{
    public PasswordLengthAttribute() => ErrorMessage = "The password must have 12 to 128 characters.";

    public override bool IsValid(object? value) =>
        value is not string password || PasswordRules.Length(password) is >= PasswordRules.MinimumLength and <= PasswordRules.MaximumLength;
}
