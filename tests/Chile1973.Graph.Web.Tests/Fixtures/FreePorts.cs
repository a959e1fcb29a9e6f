using System.Net;
using System.Net.Sockets;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>A port on 127.0.0.1 that nothing listens on at the moment of asking: for a server a test starts, or reaches in vain.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
