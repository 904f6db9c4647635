using System.ComponentModel.DataAnnotations;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Users;

/// <summary>An admin creates an account and gets a one-time link to hand over, with which its owner sets a password.</summary>
[Authorize(Policy = Policies.ManageUsers)]
public class CreateModel(UserManager<ApplicationUser> users, UserAdministration administration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", localizer["Choose a role."]);
        }

        if (ModelState.IsValid && await users.FindByEmailAsync(Input.Email.Trim()) is not null)
        {
            ModelState.AddModelError("Input.Email", localizer["There is already an account with this email address."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, errors) = await administration.CreateAsync(Input.Name.Trim(), Input.Email.Trim(), Input.Role, cancellationToken);
        if (user is null)
        {
            ModelState.AddModelError("Input.Email", errors.Any(e => e.Code == "InvalidEmail" || e.Code == "InvalidUserName") ? localizer["Enter a valid email address."] : localizer["The account could not be created."]);
            return Page();
        }

        var token = await administration.IssuePasswordLinkTokenAsync(user, cancellationToken);
        TempData[EditModel.LinkKey] = PasswordLink.For(Url, Request, user.Id, token);
        return RedirectToPage("/Users/Edit", new { id = user.Id });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name colleagues know this user by.")]
        [StringLength(200, ErrorMessage = "This can have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter an email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email address can have at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a role.")]
        [Display(Name = "Role")]
        public string Role { get; set; } = Roles.Caseworker;
    }
}
