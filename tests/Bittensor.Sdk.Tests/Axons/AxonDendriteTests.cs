using System.Runtime.CompilerServices;
using System.Text;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Dendrites;
using Bittensor.Sdk.Synapses;
using Bittensor.Sdk.Tests.Support;
using Bittensor.Sdk.Tests.Synapses;

namespace Bittensor.Sdk.Tests.Axons;

[Trait("Category", "Integration")]
public sealed class AxonDendriteTests : IAsyncLifetime
{
    private static readonly HttpClient s_raw = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _handlerCalls;
    private Axon _axon = null!;

    public async Task InitializeAsync()
    {
        _axon = await AxonHost.StartAsync(axon => axon
            .Attach<EchoSynapse>(
                async (s, ct) =>
                {
                    Interlocked.Increment(ref _handlerCalls);
                    if (s.DelayMs > 0)
                    {
                        await Task.Delay(s.DelayMs, ct);
                    }

                    s.Completion = string.Join(" | ", s.Messages) + $" from {s.Dendrite!.Hotkey}";
                    return s;
                },
                blacklist: (s, _) => Task.FromResult(s.Dendrite!.Hotkey == KeyPair.FromUri("//Eve").ToSs58()
                    ? BlacklistDecision.Deny("eve is not welcome")
                    : BlacklistDecision.Allow))
            .AttachStreaming<StreamPrompt>((s, ct) => Tokens(s.Prompt, ct)),
            options => options.MaxRequestBodyBytes = 16 * 1024);
    }

    public async Task DisposeAsync()
    {
        await _axon.DisposeAsync();
    }

    private static async IAsyncEnumerable<string> Tokens(string prompt, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (string word in prompt.Split(' '))
        {
            await Task.Delay(10, ct);
            yield return word + "\n";
        }
    }

    private static Dendrite NewDendrite(KeyPair? key = null, TimeProvider? time = null) => new(key ?? AxonHost.ClientKey, timeProvider: time);

    [Fact]
    public async Task Call_TypedSynapse_GetsVerifiedAnswer()
    {
        using Dendrite dendrite = NewDendrite();

        EchoSynapse result = await dendrite.CallAsync(_axon.Info, new EchoSynapse { Messages = ["hello", "tao"] }, 10);

        Assert.True(result.IsSuccess, result.Dendrite?.StatusMessage);
        Assert.Equal("Success", result.Dendrite!.StatusMessage);
        Assert.Equal($"hello | tao from {AxonHost.ClientKey.ToSs58()}", result.Completion);
        Assert.Equal(_axon.Hotkey, result.Axon!.Hotkey);
        Assert.Equal(_axon.Uuid, result.Axon.Uuid);
        Assert.NotNull(result.Axon.Signature);
        Assert.True(result.Dendrite.ProcessTime > 0);
        Assert.Equal(["hello", "tao"], result.Messages);
    }

    [Fact]
    public async Task Ping_BaseSynapse_Succeeds()
    {
        using Dendrite dendrite = NewDendrite();

        Synapse result = await dendrite.CallAsync(_axon.Info, new Synapse(), 10);

        Assert.Equal(200, result.Dendrite!.StatusCode);
    }

    [Fact]
    public async Task Forward_ManyAxonsAndADeadOne_ConcurrentResultsInOrder()
    {
        await using Axon second = await AxonHost.StartAsync(a => a.Attach<EchoSynapse>(s => { s.Completion = "second"; return s; }), key: KeyPair.FromUri("//Charlie"));
        using Dendrite dendrite = NewDendrite();
        AxonInfo dead = new("127.0.0.1", FreePort(), KeyPair.FromUri("//Dave").ToSs58());

        EchoSynapse[] results = await dendrite.ForwardAsync([_axon.Info, second.Info, dead], new EchoSynapse { Messages = ["x"] }, 10);

        Assert.Equal(200, results[0].Dendrite!.StatusCode);
        Assert.Equal("second", results[1].Completion);
        Assert.Equal(503, results[2].Dendrite!.StatusCode);
        Assert.StartsWith("Service unavailable at 127.0.0.1:", results[2].Dendrite!.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_Request_Is401AndHandlerNeverRuns()
    {
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["a"] }, AxonHost.ClientKey, RawRequest.NowNs(), sign: false);

        (int status, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(401, status);
        Assert.Contains("Missing signature", body, StringComparison.Ordinal);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task TamperedBody_Is401HashMismatch()
    {
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["pay 1"] }, AxonHost.ClientKey, RawRequest.NowNs());
        request.Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body).Replace("pay 1", "pay 9", StringComparison.Ordinal));

        (int status, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(401, status);
        Assert.Contains("Hash mismatch", body, StringComparison.Ordinal);
        Assert.Equal(0, _handlerCalls);
    }

    [Theory]
    [InlineData("bt_header_dendrite_nonce")]
    [InlineData("bt_header_dendrite_uuid")]
    [InlineData("computed_body_hash")]
    [InlineData("bt_header_dendrite_hotkey")]
    public async Task TamperedHeader_Is401(string header)
    {
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["a"] }, AxonHost.ClientKey, RawRequest.NowNs());
        string value = header switch
        {
            "bt_header_dendrite_nonce" => (RawRequest.NowNs() + 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "bt_header_dendrite_uuid" => "00000000-0000-0000-0000-000000000000",
            "computed_body_hash" => new string('0', 64),
            _ => KeyPair.FromUri("//Ferdie").ToSs58(),
        };
        request.SetHeader(header, value);

        (int status, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(401, status);
        Assert.Contains("Not Verified with error", body, StringComparison.Ordinal);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task ReplayedNonce_SecondCopyIs401()
    {
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["once"] }, KeyPair.FromUri("//Alice//replay"), RawRequest.NowNs());

        (int first, _, _) = await request.SendAsync(s_raw);
        (int second, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(200, first);
        Assert.Equal(401, second);
        Assert.Contains("Nonce is too old, a newer one was last processed", body, StringComparison.Ordinal);
        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task StaleNonce_Is401WithUpstreamMessage()
    {
        long stale = RawRequest.NowNs() - (60L * 1_000_000_000);
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["late"] }, KeyPair.FromUri("//Alice//stale"), stale, timeout: 12.0);

        (int status, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(401, status);
        Assert.Contains("Nonce is too old: acceptable delta is 16.00 seconds but request was", body, StringComparison.Ordinal);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task UnknownSynapse_Is404WithAvailableList()
    {
        RawRequest request = RawRequest.Create(_axon.Info, new DummySynapse { DummyInput = 1 }, AxonHost.ClientKey, RawRequest.NowNs());

        (int status, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(404, status);
        Assert.Contains("Synapse name 'Dummy' not found. Available synapses [", body, StringComparison.Ordinal);
        Assert.Contains("'EchoSynapse'", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlacklistedCaller_Is403AndHandlerNeverRuns()
    {
        using Dendrite dendrite = NewDendrite(KeyPair.FromUri("//Eve"));

        EchoSynapse result = await dendrite.CallAsync(_axon.Info, new EchoSynapse { Messages = ["let me in"] }, 10);

        Assert.Equal(403, result.Dendrite!.StatusCode);
        Assert.True(result.IsBlacklist);
        Assert.Equal("Forbidden. Key is blacklisted: eve is not welcome.", result.Dendrite.StatusMessage);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task SlowHandler_AxonAnswers408()
    {
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["slow"], DelayMs = 20_000 }, KeyPair.FromUri("//Alice//slow"), RawRequest.NowNs(), timeout: 1.0);

        (int status, string body, _) = await request.SendAsync(s_raw);

        Assert.Equal(408, status);
        Assert.Contains("Response timeout after: 1.0s", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowHandler_DendriteReports408()
    {
        using Dendrite dendrite = NewDendrite(KeyPair.FromUri("//Alice//slow2"));

        EchoSynapse result = await dendrite.CallAsync(_axon.Info, new EchoSynapse { Messages = ["slow"], DelayMs = 20_000 }, 1.0);

        Assert.True(result.IsTimeout, result.Dendrite?.StatusMessage);
    }

    [Fact]
    public async Task BodyTooLarge_Is413()
    {
        using Dendrite dendrite = NewDendrite();

        EchoSynapse result = await dendrite.CallAsync(_axon.Info, new EchoSynapse { Messages = ["big"], Padding = new string('x', 64 * 1024) }, 10);

        Assert.Equal(413, result.Dendrite!.StatusCode);
        Assert.Contains("Request body too large", result.Dendrite.StatusMessage, StringComparison.Ordinal);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task Streaming_ChunksThenFinalSynapse()
    {
        using Dendrite dendrite = NewDendrite();
        StringBuilder text = new();
        StreamPrompt? final = null;
        int chunks = 0;

        await foreach (SynapseStreamItem<StreamPrompt> item in dendrite.StreamAsync(_axon.Info, new StreamPrompt { Prompt = "one two three" }, 10))
        {
            if (item.IsFinal)
            {
                final = item.Synapse;
            }
            else
            {
                chunks++;
                text.Append(item.Text);
            }
        }

        Assert.Equal("one\ntwo\nthree\n", text.ToString());
        Assert.True(chunks >= 1);
        Assert.NotNull(final);
        Assert.Equal(200, final!.Dendrite!.StatusCode);
        Assert.Equal(_axon.Hotkey, final.Axon!.Hotkey);
    }

    [Fact]
    public async Task TamperedResponse_DendriteRejects502()
    {
        using Dendrite dendrite = new(AxonHost.ClientKey, handler: new TamperingHandler());

        EchoSynapse result = await dendrite.CallAsync(_axon.Info, new EchoSynapse { Messages = ["m"] }, 10);

        Assert.Equal(502, result.Dendrite!.StatusCode);
        Assert.Contains("signature verification failed", result.Dendrite.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongTargetHotkey_AxonRefuses401AndDendriteRejectsTheForeignSignature()
    {
        using Dendrite dendrite = NewDendrite();
        AxonInfo wrong = _axon.Info with { Hotkey = KeyPair.FromUri("//Ferdie").ToSs58() };
        RawRequest raw = RawRequest.Create(wrong, new EchoSynapse { Messages = ["m"] }, KeyPair.FromUri("//Alice//wrong"), RawRequest.NowNs());

        EchoSynapse result = await dendrite.CallAsync(wrong, new EchoSynapse { Messages = ["m"] }, 10);
        (int status, string body, _) = await raw.SendAsync(s_raw);

        Assert.Equal(502, result.Dendrite!.StatusCode);
        Assert.Contains("not signed by " + wrong.Hotkey, result.Dendrite.StatusMessage, StringComparison.Ordinal);
        Assert.Equal(401, status);
        Assert.Contains("Signature mismatch", body, StringComparison.Ordinal);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task ConcurrencyLimit_ExtraRequestIs503()
    {
        TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await using Axon axon = await AxonHost.StartAsync(
            a => a.Attach<EchoSynapse>(async (s, ct) =>
            {
                entered.TrySetResult();
                await release.Task.WaitAsync(ct);
                return s;
            }),
            o => o.MaxConcurrentRequests = 1);
        using Dendrite first = NewDendrite(KeyPair.FromUri("//Alice//c1"));
        using Dendrite second = NewDendrite(KeyPair.FromUri("//Alice//c2"));

        Task<EchoSynapse> blocked = first.CallAsync(axon.Info, new EchoSynapse(), 10);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        EchoSynapse rejected = await second.CallAsync(axon.Info, new EchoSynapse(), 10);
        release.SetResult();
        EchoSynapse done = await blocked;

        Assert.Equal(503, rejected.Dendrite!.StatusCode);
        Assert.Equal(200, done.Dendrite!.StatusCode);
    }

    [Fact]
    public async Task NonceHistory_SurvivesAxonRestart()
    {
        using TempDirectory dir = new();
        string store = Path.Combine(dir.Path, "nonces.log");
        KeyPair caller = KeyPair.FromUri("//Alice//restart");
        RawRequest request;
        await using (Axon first = await AxonHost.StartAsync(a => a.Attach<EchoSynapse>(s => s), o => o.NonceStorePath = store))
        {
            request = RawRequest.Create(first.Info, new EchoSynapse { Messages = ["m"] }, caller, RawRequest.NowNs());
            Assert.Equal(200, (await request.SendAsync(s_raw)).Status);
        }

        await using Axon second = await AxonHost.StartAsync(a => a.Attach<EchoSynapse>(s => s), o => o.NonceStorePath = store);
        RawRequest replay = RawRequest.Create(second.Info, new EchoSynapse { Messages = ["m"] }, caller, long.Parse(request.Headers.Single(h => h.Key == "bt_header_dendrite_nonce").Value, System.Globalization.CultureInfo.InvariantCulture));

        (int status, string body, _) = await replay.SendAsync(s_raw);

        Assert.Equal(401, status);
        Assert.Contains("a newer one was last processed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_CarriesUpstreamHeaders()
    {
        RawRequest request = RawRequest.Create(_axon.Info, new EchoSynapse { Messages = ["h"] }, KeyPair.FromUri("//Alice//headers"), RawRequest.NowNs());

        (int status, _, HttpResponseMessage response) = await request.SendAsync(s_raw);

        Assert.Equal(200, status);
        Assert.Equal("200", response.Headers.GetValues("bt_header_axon_status_code").Single());
        Assert.Equal("Success", response.Headers.GetValues("bt_header_axon_status_message").Single());
        Assert.Equal("EchoSynapse", response.Headers.GetValues("name").Single());
        Assert.False(response.Headers.Contains("bt_header_input_obj_messages"));
        Assert.False(response.Headers.Contains("bt_header_dendrite_signature"));
        Assert.NotNull(response.Headers.GetValues("computed_body_hash").Single());
        Assert.Equal(_axon.Hotkey, response.Headers.GetValues("bt_header_axon_hotkey").Single());
        Assert.Equal("127.0.0.1", response.Headers.GetValues("bt_header_dendrite_ip").Single());
        response.Dispose();
    }

    private static int FreePort()
    {
        using System.Net.Sockets.TcpListener listener = new(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Flips the completion text in transit, as a man in the middle would.
    private sealed class TamperingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            ByteArrayContent content = new(Encoding.UTF8.GetBytes(body.Replace("\"m from", "\"M from", StringComparison.Ordinal)));
            content.Headers.ContentType = response.Content.Headers.ContentType;
            response.Content = content;
            return response;
        }
    }
}
