using System.Globalization;
using System.Text;
using QRCoder;

namespace CaseTracker.Web.Security;

/// <summary>
/// What an authenticator app needs to add the account: the key as text in groups of four, and the same
/// as an otpauth:// address drawn as a QR code (PNG data, which the content security policy allows as an
/// image; an inline SVG would need inline styles).
/// </summary>
public static class AuthenticatorSetup
{
    private const string Issuer = "CaseTracker";

    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Address(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    public static string QrCodeDataUri(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
