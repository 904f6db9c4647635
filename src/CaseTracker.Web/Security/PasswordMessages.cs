using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Security;

/// <summary>Identity's password errors in the reader's language, by their codes rather than Identity's English text.</summary>
public static class PasswordMessages
{
    public static string Describe(IStringLocalizer localizer, IdentityError error) => error.Code switch
    {
        "PasswordMismatch" => localizer["The current password is not correct."],
        "PasswordTooShort" => localizer["The password must have 12 to 128 characters."],
        "PasswordTooLong" => localizer["The password can have at most {1} characters.", "", PasswordRules.MaximumLength],
        "PasswordCommon" => localizer["This password is one of the most common ones. Choose another."],
        "PasswordProductName" => localizer["The password may not contain the name of this application."],
        "PasswordIsEmail" => localizer["The password may not be your email address."],
        "InvalidToken" => localizer["This link has expired or has already been used. Ask your administrator for a new one."],
        _ => localizer["The password was not accepted. Choose another."],
    };
}
