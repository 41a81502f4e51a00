using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Engines;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Dendrites;
using Bittensor.Sdk.Synapses;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bittensor.Benchmarks;

/// <summary>
/// Requests per second through the axon (headers parsed, sr25519 signature and nonce verified, body hash
/// checked, response signed) against a bare Kestrel endpoint doing the same JSON work, in the same process over
/// loopback. Requests are signed in the iteration setup so the client's signing cost is not measured; 8 callers
/// with their own hotkeys send 256 requests each, concurrently (strict per-hotkey nonces need per-caller order).
/// Target: axon ≥ 40 % of the bare endpoint's rate. <see cref="DendriteToAxon"/> adds the full client cost
/// (signing, response verification) for reference.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 10, invocationCount: 1)]
public class AxonBenchmarks : IDisposable
{
    private const int Callers = 8;
    private const int PerCaller = 256;
    private const int Requests = Callers * PerCaller;

    private readonly KeyPair[] _callers = Enumerable.Range(0, Callers).Select(i => KeyPair.FromUri($"//Alice//bench{i}")).ToArray();
    private Axon _axon = null!;
    private WebApplication _bare = null!;
    private Uri _bareUrl = null!;
    private HttpClient _client = null!;
    private Dendrite[] _dendrites = null!;
    private Prepared[][] _signed = null!;

    [GlobalSetup]
    public void Setup()
    {
        KeyPair server = KeyPair.FromUri("//Bob");
        _axon = new Axon(server, new AxonOptions { Host = "127.0.0.1", Port = 0, MaxConcurrentRequests = 1024 });
        _axon.Attach<BenchSynapse>(s =>
        {
            s.Completion = s.Prompt.ToUpperInvariant();
            return s;
        });
        _axon.StartAsync().GetAwaiter().GetResult();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _bare = builder.Build();
        _bare.MapPost("/BenchSynapse", async context =>
        {
            BenchSynapse synapse = (await JsonSerializer.DeserializeAsync(context.Request.Body, BenchJsonContext.Default.BenchSynapse, context.RequestAborted))!;
            synapse.Completion = synapse.Prompt.ToUpperInvariant();
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(synapse, BenchJsonContext.Default.BenchSynapse);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        _bare.StartAsync().GetAwaiter().GetResult();
        _bareUrl = new Uri(_bare.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/BenchSynapse");
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseProxy = false });
        _dendrites = _callers.Select(k => new Dendrite(k)).ToArray();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        foreach (Dendrite d in _dendrites)
        {
            d.Dispose();
        }

        _client.Dispose();
        _axon.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _bare.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    [IterationSetup]
    public void SignRequests()
    {
        AxonInfo target = _axon.Info;
        _signed = new Prepared[Callers][];
        for (int c = 0; c < Callers; c++)
        {
            _signed[c] = new Prepared[PerCaller];
            for (int i = 0; i < PerCaller; i++)
            {
                _signed[c][i] = Prepared.Sign(target, _callers[c], i);
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public Task BareKestrel() => RunAsync(p => Send(_bareUrl, p));

    [Benchmark(OperationsPerInvoke = Requests)]
    public Task AxonVerified() => RunAsync(p => Send(p.Url, p));

    [Benchmark(OperationsPerInvoke = Requests)]
    public Task DendriteToAxon() => Task.WhenAll(_dendrites.Select(async dendrite =>
    {
        for (int i = 0; i < PerCaller; i++)
        {
            BenchSynapse result = await dendrite.CallAsync(_axon.Info, new BenchSynapse { Prompt = "what is tao?" }, 12);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Dendrite?.StatusMessage);
            }
        }
    }));

    private Task RunAsync(Func<Prepared, Task> send) => Task.WhenAll(_signed.Select(async chain =>
    {
        foreach (Prepared request in chain)
        {
            await send(request);
        }
    }));

    private async Task Send(Uri url, Prepared prepared)
    {
        using HttpRequestMessage message = new(HttpMethod.Post, url);
        ByteArrayContent content = new(prepared.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Content = content;
        foreach ((string key, string value) in prepared.Headers)
        {
            message.Headers.TryAddWithoutValidation(key, value);
        }

        using HttpResponseMessage response = await _client.SendAsync(message);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
        {
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }

    private sealed record Prepared(Uri Url, byte[] Body, List<KeyValuePair<string, string>> Headers)
    {
        private static long s_last;

        public static Prepared Sign(AxonInfo target, KeyPair signer, int index)
        {
            long nonce = Math.Max((TimeProvider.System.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100, Interlocked.Increment(ref s_last));
            Interlocked.Exchange(ref s_last, nonce);
            BenchSynapse synapse = new()
            {
                Prompt = $"what is tao? #{index}",
                Name = nameof(BenchSynapse),
                Timeout = 12.0,
                Dendrite = new TerminalInfo { Version = SdkVersion.AsInt, Nonce = nonce, Uuid = "bench", Hotkey = signer.ToSs58() },
                Axon = new TerminalInfo { Ip = target.Ip, Port = target.Port, Hotkey = target.Hotkey },
            };
            string hash = synapse.ComputeBodyHash();
            synapse.Dendrite.Signature = SynapseSignatures.Sign(signer, SynapseSignatures.RequestMessage(nonce, signer.ToSs58(), target.Hotkey, "bench", hash));
            byte[] body = synapse.ToJsonBytes();
            return new Prepared(new Uri($"{target.BaseAddress}/{nameof(BenchSynapse)}"), body, SynapseHeaders.Build(synapse, body.Length, hash));
        }
    }
}

/// <summary>A prompt/completion synapse with one hashed field.</summary>
public sealed class BenchSynapse : Synapse
{
    [JsonPropertyName("prompt")]
    public string Prompt { get; set; } = "";

    [JsonPropertyName("completion")]
    public string? Completion { get; set; }

    [JsonIgnore]
    public override JsonTypeInfo JsonTypeInfo => BenchJsonContext.Default.BenchSynapse;

    protected override void AddHashFields(BodyHashBuilder builder) => builder.Add("prompt", Prompt);
}

[JsonSerializable(typeof(BenchSynapse))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
