using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Pages.Account;

/// <summary>
/// The language switch in the header: remembers the reader's choice in the culture cookie for a year and
/// goes back to the page it was made on. Open to everyone, since the sign-in page has the switch too. A
/// link (GET), not a form: it changes nothing but that display preference, and only to a language the
/// app has, so a page needs no antiforgery token (and no cookie) to offer it.
/// </summary>
[AllowAnonymous]
public class LanguageModel(IOptions<RequestLocalizationOptions> localization, IWebHostEnvironment environment) : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var supported = localization.Value.SupportedUICultures?.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (supported is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported.Name)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = !environment.IsDevelopment(),
                });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
