/**
 * The runc runtime adapter: {@link dev.berth.adapters.runc.RuncRuntime} runs each container under its own Debian
 * {@code conmon} (which runs {@code runc create}, holds stdio, logs in CRI format and records the exit code), and
 * {@link dev.berth.adapters.runc.CriLogReader} reads those logs back.
 *
 * <p>Layout under {@code <execRoot>/runc/}: {@code <id>/} is the bundle ({@code config.json}, {@code rootfs/} with the
 * snapshot mounted on it, {@code hostname}, {@code hosts}, {@code resolv.conf}, {@code pidfile}, {@code conmon.pid},
 * {@code runc.log}, {@code persist/}, and conmon's {@code attach} socket (SOCK_SEQPACKET) and {@code ctl} fifo for
 * resizes); {@code exits/<id>} holds exit codes; {@code sockets/<id>} links to the bundle; {@code state/} is runc's
 * {@code --root}.
 */
package dev.berth.adapters.runc;
