using System.Net;
using System.Text;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Epistula;
using Bittensor.Sdk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bittensor.Sdk.Tests.Epistula;

public class EpistulaTests
{
    private static JsonElement V => VectorFile.SynapseProtocol.GetProperty("epistula");

    private static readonly KeyPair Sender = KeyPair.FromUri("//Alice");
    private static readonly string Receiver = KeyPair.FromUri("//Bob").ToSs58();

    private static byte[] Body => Encoding.UTF8.GetBytes(V.GetProperty("body_utf8").GetString()!);

    private static long Ts => V.GetProperty("timestamp_ms").GetInt64();

    private static string Uuid => V.GetProperty("uuid").GetString()!;

    private static ManualTime At(long ms) => new(DateTimeOffset.FromUnixTimeMilliseconds(ms));

    [Fact]
    public void Messages_Vector_MatchAtomFormat()
    {
        Assert.Equal(V.GetProperty("sha256_hex").GetString(), EpistulaProtocol.BodyDigest(Body));
        Assert.Equal(V.GetProperty("message").GetString(), EpistulaProtocol.RequestMessage(Body, Uuid, Ts, V.GetProperty("signed_for").GetString()));
        Assert.Equal(V.GetProperty("message_without_signed_for").GetString(), EpistulaProtocol.RequestMessage(Body, Uuid, Ts, null));
    }

    [Fact]
    public void SecretMessage_UsesPythonFloatInterval()
    {
        // ceil(1732521600123 / 1e4) * 1e4 = 1732521610000.0; offsets -1, 0, +1.
        Assert.Equal($"1732521609999.0.{Receiver}", EpistulaProtocol.SecretMessage(Ts, 0, Receiver));
        Assert.Equal($"1732521610000.0.{Receiver}", EpistulaProtocol.SecretMessage(Ts, 1, Receiver));
        Assert.Equal($"1732521610001.0.{Receiver}", EpistulaProtocol.SecretMessage(Ts, 2, Receiver));
    }

    [Fact]
    public void SignThenVerify_WithinWindow_IsValid()
    {
        IReadOnlyList<KeyValuePair<string, string>> headers = EpistulaProtocol.CreateHeaders(Sender, Body, Receiver, Ts, Uuid);
        EpistulaVerifier verifier = new(new EpistulaVerifierOptions { RequiredSignedFor = Receiver }, At(Ts + 3000));

        EpistulaVerification result = verifier.Verify(Lookup(headers), Body);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(Sender.ToSs58(), result.SignedBy);
        Assert.Equal(Receiver, result.SignedFor);
        Assert.True(EpistulaVerifier.VerifySecretSignatures(Lookup(headers), Ts + 3000));
        Assert.Equal("2", Lookup(headers)(EpistulaProtocol.VersionHeader));
    }

    [Fact]
    public void Verify_StaleFutureTamperedReplayedWrongReceiver_AllRejected()
    {
        IReadOnlyList<KeyValuePair<string, string>> headers = EpistulaProtocol.CreateHeaders(Sender, Body, null, Ts, Uuid);

        Assert.Equal("Request is too stale", new EpistulaVerifier(null, At(Ts + 8001)).Verify(Lookup(headers), Body).Error);
        Assert.Equal("Request timestamp is in the future", new EpistulaVerifier(null, At(Ts - 9000)).Verify(Lookup(headers), Body).Error);
        Assert.Equal("Signature Mismatch", new EpistulaVerifier(null, At(Ts)).Verify(Lookup(headers), Encoding.UTF8.GetBytes("{}")).Error);
        Assert.StartsWith("Request is not signed for", new EpistulaVerifier(new EpistulaVerifierOptions { RequiredSignedFor = Receiver }, At(Ts)).Verify(Lookup(headers), Body).Error, StringComparison.Ordinal);
        EpistulaVerifier once = new(null, At(Ts));
        Assert.True(once.Verify(Lookup(headers), Body).IsValid);
        Assert.StartsWith("Request replayed", once.Verify(Lookup(headers), Body).Error, StringComparison.Ordinal);
        Assert.StartsWith("Validation Error", once.Verify(_ => null, Body).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ClaimedSignerIsNotTheSigner_SignatureMismatch()
    {
        List<KeyValuePair<string, string>> headers = [.. EpistulaProtocol.CreateHeaders(Sender, Body, null, Ts, Uuid)];
        headers.RemoveAll(h => h.Key == EpistulaProtocol.SignedByHeader);
        headers.Add(new(EpistulaProtocol.SignedByHeader, KeyPair.FromUri("//Charlie").ToSs58()));

        Assert.Equal("Signature Mismatch", new EpistulaVerifier(null, At(Ts)).Verify(Lookup(headers), Body).Error);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task Middleware_SignedClient_ReachesEndpointAndUnsignedIs401()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using WebApplication app = builder.Build();
        app.UseEpistula(new EpistulaVerifier(new EpistulaVerifierOptions { RequiredSignedFor = Receiver }));
        app.MapPost("/score", async context =>
        {
            EpistulaVerification who = (EpistulaVerification)context.Items[EpistulaHttp.ItemKey]!;
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await context.Response.WriteAsync($"{who.SignedBy}:{body}");
        });
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(20));
        await app.StartAsync(timeout.Token);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using HttpClient signed = new(new EpistulaSigningHandler(Sender, Receiver)) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        using HttpResponseMessage ok = await signed.PostAsync("/score", new StringContent("{\"x\":1}"), timeout.Token);
        using HttpClient plain = new() { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        using HttpResponseMessage refused = await plain.PostAsync("/score", new StringContent("{\"x\":1}"), timeout.Token);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal($"{Sender.ToSs58()}:{{\"x\":1}}", await ok.Content.ReadAsStringAsync(timeout.Token));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await app.StopAsync(timeout.Token);
    }

    private static Func<string, string?> Lookup(IEnumerable<KeyValuePair<string, string>> headers) =>
        name => headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
