using System.Globalization;
using System.Text;

namespace Bittensor.Sdk.Axons;

/// <summary>
/// The last accepted nonce per endpoint key, bounded and optionally persisted. When full, the key with the oldest
/// nonce is evicted and the <see cref="Floor"/> rises to its nonce, so a first-seen key must beat every evicted
/// nonce: eviction can never re-open a replay. With a path, every accepted nonce is appended to a journal (one
/// line per accept, flushed to the OS) that is replayed and compacted on start.
/// </summary>
internal sealed class NonceTracker : IDisposable
{
    private const string Header = "bt-nonce-v1";

    private readonly Dictionary<string, long> _last = new(StringComparer.Ordinal);
    private readonly SortedSet<(long Nonce, string Key)> _byNonce = [];
    private readonly int _capacity;
    private readonly string? _path;
    private readonly Lock _lock = new();
    private FileStream? _journal;
    private int _journalLines;

    public NonceTracker(int capacity, string? path = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _path = path;
        if (path is not null)
        {
            Load(path);
            Compact();
        }
    }

    /// <summary>Nonces at or below this were evicted; a first-seen key must be above it.</summary>
    public long Floor { get; private set; } = long.MinValue;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _last.Count;
            }
        }
    }

    /// <summary>The last accepted nonce of a key, if it is tracked.</summary>
    public long? Last(string key)
    {
        lock (_lock)
        {
            return _last.TryGetValue(key, out long last) ? last : null;
        }
    }

    /// <summary>
    /// Atomically accepts <paramref name="nonce"/> for <paramref name="key"/> if it is above the key's last nonce
    /// (or above <see cref="Floor"/> for a key not tracked). False with upstream's message otherwise.
    /// </summary>
    public bool TryAccept(string key, long nonce, out string? error)
    {
        lock (_lock)
        {
            if (_last.TryGetValue(key, out long last))
            {
                if (nonce <= last)
                {
                    error = "Nonce is too old, a newer one was last processed";
                    return false;
                }

                _byNonce.Remove((last, key));
            }
            else if (nonce <= Floor)
            {
                error = "Nonce is too old, a newer one was last processed";
                return false;
            }

            _last[key] = nonce;
            _byNonce.Add((nonce, key));
            while (_last.Count > _capacity)
            {
                (long oldest, string oldestKey) = _byNonce.Min;
                _byNonce.Remove(_byNonce.Min);
                _last.Remove(oldestKey);
                Floor = Math.Max(Floor, oldest);
            }

            Append(key, nonce);
            error = null;
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _journal?.Dispose();
            _journal = null;
        }
    }

    private void Append(string key, long nonce)
    {
        if (_journal is null)
        {
            return;
        }

        byte[] line = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{key} {nonce}\n"));
        _journal.Write(line);
        _journal.Flush();
        if (++_journalLines > (2 * _capacity) + 1024)
        {
            Compact();
        }
    }

    private void Load(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (string line in File.ReadLines(path))
        {
            string[] parts = line.Split(' ');
            if (parts.Length == 2 && parts[0] == Header)
            {
                continue;
            }

            if (parts.Length == 2 && parts[0] == "floor" && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long floor))
            {
                Floor = Math.Max(Floor, floor);
            }
            else if (parts.Length == 2 && parts[0].Length > 0 && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long nonce))
            {
                // A torn last line from a crash is skipped by the parse; later lines of a key win.
                if (!_last.TryGetValue(parts[0], out long last) || nonce > last)
                {
                    if (_last.ContainsKey(parts[0]))
                    {
                        _byNonce.Remove((last, parts[0]));
                    }

                    _last[parts[0]] = nonce;
                    _byNonce.Add((nonce, parts[0]));
                }
            }
        }

        while (_last.Count > _capacity)
        {
            (long oldest, string oldestKey) = _byNonce.Min;
            _byNonce.Remove(_byNonce.Min);
            _last.Remove(oldestKey);
            Floor = Math.Max(Floor, oldest);
        }
    }

    // Rewrites the journal as a snapshot (temp file + rename, so a crash leaves the old or the new file whole).
    private void Compact()
    {
        string path = _path!;
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        _journal?.Dispose();
        string temp = path + ".tmp";
        using (StreamWriter writer = new(temp, append: false, new UTF8Encoding(false)))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Header} 1\nfloor {Floor}\n"));
            foreach ((string key, long nonce) in _last)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{key} {nonce}\n"));
            }
        }

        File.Move(temp, path, overwrite: true);
        _journal = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        _journalLines = _last.Count;
    }
}
