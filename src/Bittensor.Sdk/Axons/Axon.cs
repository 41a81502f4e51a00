using System.Net;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Synapses;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bittensor.Sdk.Axons;

/// <summary>
/// The synapse server (bittensor/core/axon.py), on Kestrel. Each attached synapse type is served at
/// <c>/&lt;ClassName&gt;</c> (GET and POST); the base <see cref="Synapse"/> answers pings at <c>/Synapse</c>.
/// Each request goes blacklist → verify → priority → forward, with upstream's status codes and messages.
/// </summary>
/// <remarks>
/// Stricter than upstream: a request must be signed (upstream lets unsigned requests through); the body hash is
/// checked before the handler runs and a mismatch is 401; a user verify hook runs in addition to, not instead of,
/// signature and nonce checks; every first-seen nonce must be inside the time window whatever the caller's
/// version; the nonce history is bounded and can persist across restarts; bodies and concurrency are bounded
/// (413 / 503); the handler's time is bounded by the request timeout (408); and every response is signed over
/// its body and the request nonce (<see cref="SynapseSignatures.ResponseMessage"/>).
/// </remarks>
public sealed partial class Axon : IAsyncDisposable
{
    private readonly KeyPair _hotkey;
    private readonly AxonOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly Dictionary<string, SynapseRoute> _routes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate;
    private readonly NonceTracker _nonces;
    private WebApplication? _app;
    private long _lastAxonNonce;

    /// <summary>Creates an axon that signs with <paramref name="hotkey"/>; call <see cref="StartAsync"/> to serve.</summary>
    public Axon(KeyPair hotkey, AxonOptions? options = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(hotkey);
        _hotkey = hotkey;
        _options = options ?? new AxonOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxConcurrentRequests, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxRequestBodyBytes, 1);
        _time = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory?.CreateLogger<Axon>() ?? NullLogger<Axon>.Instance;
        _gate = new SemaphoreSlim(_options.MaxConcurrentRequests, _options.MaxConcurrentRequests);
        _nonces = new NonceTracker(_options.NonceCapacity, _options.NonceStorePath);
        Hotkey = hotkey.ToSs58();
        Uuid = Guid.CreateVersion7(_time.GetUtcNow()).ToString();
        Attach<Synapse>((synapse, _) => Task.FromResult(synapse));
    }

    /// <summary>SS58 address of the axon's hotkey.</summary>
    public string Hotkey { get; }

    /// <summary>This axon instance's id (sent as <c>bt_header_axon_uuid</c>).</summary>
    public string Uuid { get; }

    /// <summary>The bound port (after <see cref="StartAsync"/>; the configured port before).</summary>
    public int Port { get; private set; }

    /// <summary>True while serving.</summary>
    public bool IsStarted => _app is not null;

    /// <summary>The attached route names.</summary>
    public IReadOnlyCollection<string> SynapseNames => _routes.Keys;

    /// <summary>What to publish on chain and give to dendrites.</summary>
    public AxonInfo Info => new(_options.ExternalIp ?? (_options.Host == "0.0.0.0" ? "127.0.0.1" : _options.Host), _options.ExternalPort ?? Port, Hotkey)
    {
        Version = SdkVersion.AsInt,
    };

    /// <summary>Attaches a unary handler for <typeparamref name="T"/> at <c>/&lt;T.SynapseName&gt;</c>, with optional hooks.</summary>
    /// <exception cref="InvalidOperationException">Already started, or a route with that name exists.</exception>
    public Axon Attach<T>(
        Func<T, CancellationToken, Task<T>> forward,
        Func<T, CancellationToken, Task<BlacklistDecision>>? blacklist = null,
        Func<T, CancellationToken, Task<double>>? priority = null,
        Func<T, CancellationToken, Task>? verify = null)
        where T : Synapse, new()
    {
        ArgumentNullException.ThrowIfNull(forward);
        return Add(new SynapseRoute<T>
        {
            Name = new T().SynapseName,
            Forward = async (s, ct) => await forward((T)s, ct).ConfigureAwait(false),
            Blacklist = Wrap(blacklist),
            Priority = Wrap(priority),
            Verify = verify is null ? null : (s, ct) => verify((T)s, ct),
        });
    }

    /// <summary>Attaches a synchronous unary handler.</summary>
    public Axon Attach<T>(Func<T, T> forward)
        where T : Synapse, new()
    {
        ArgumentNullException.ThrowIfNull(forward);
        return Attach<T>((s, _) => Task.FromResult(forward(s)));
    }

    /// <summary>
    /// Attaches a streaming handler: the response is 200 <c>text/event-stream</c> with the synapse headers, then
    /// each UTF-8 chunk the handler yields, flushed as it comes (upstream <c>BTStreamingResponse</c>).
    /// </summary>
    public Axon AttachStreaming<T>(
        Func<T, CancellationToken, IAsyncEnumerable<string>> stream,
        Func<T, CancellationToken, Task<BlacklistDecision>>? blacklist = null,
        Func<T, CancellationToken, Task<double>>? priority = null,
        Func<T, CancellationToken, Task>? verify = null)
        where T : Synapse, new()
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Add(new SynapseRoute<T>
        {
            Name = new T().SynapseName,
            Stream = (s, ct) => stream((T)s, ct),
            Blacklist = Wrap(blacklist),
            Priority = Wrap(priority),
            Verify = verify is null ? null : (s, ct) => verify((T)s, ct),
        });
    }

    /// <summary>Starts Kestrel on <see cref="AxonOptions.Host"/>:<see cref="AxonOptions.Port"/>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("the axon is already started");
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(Axon).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (_loggerFactory is not null)
        {
            builder.Services.AddSingleton(_loggerFactory);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = _options.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Parse(_options.Host), _options.Port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        WebApplication app = builder.Build();
        app.MapMethods("/{name}", ["GET", "POST"], HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        IServerAddressesFeature? addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        string? first = addresses?.Addresses.FirstOrDefault();
        Port = first is null ? _options.Port : new Uri(first.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
        _app = app;
    }

    /// <summary>Stops serving (in-flight requests get a short grace period).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        WebApplication? app = _app;
        _app = null;
        if (app is not null)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _nonces.Dispose();
        _gate.Dispose();
    }

    private Axon Add(SynapseRoute route)
    {
        route.CreateEmpty().EnsureJsonTypeInfo();
        if (_app is not null)
        {
            throw new InvalidOperationException("attach synapses before starting the axon");
        }

        if (!_routes.TryAdd(route.Name, route))
        {
            // The default ping route may be replaced once by a user handler for the base Synapse.
            if (route.Name != nameof(Synapse))
            {
                throw new InvalidOperationException($"a synapse named '{route.Name}' is already attached");
            }

            _routes[route.Name] = route;
        }

        return this;
    }

    private static Func<Synapse, CancellationToken, Task<TResult>>? Wrap<T, TResult>(Func<T, CancellationToken, Task<TResult>>? hook)
        where T : Synapse =>
        hook is null ? null : (s, ct) => hook((T)s, ct);

    private long NowNs() => (_time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    // Axon nonces are strictly increasing even when the clock is coarse or steps back.
    private long NextAxonNonce()
    {
        long now = NowNs();
        while (true)
        {
            long last = Interlocked.Read(ref _lastAxonNonce);
            long next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastAxonNonce, next, last) == last)
            {
                return next;
            }
        }
    }
}
