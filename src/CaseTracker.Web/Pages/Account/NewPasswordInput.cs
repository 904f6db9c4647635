using System.ComponentModel.DataAnnotations;
using CaseTracker.Web.Security;

namespace CaseTracker.Web.Pages.Account;

/// <summary>A new password typed twice: the fields shared by setting a password from a link and changing it.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(PasswordRules.MaximumInputLength, ErrorMessage = "The password can have at most {1} characters.")]
    [PasswordLength]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
