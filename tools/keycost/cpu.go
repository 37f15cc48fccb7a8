package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// sample is the CPU time each thread of the window, and the X server, had
// used at one moment, in nanoseconds (from /proc/PID/task/TID/schedstat).
type sample struct {
	threads map[int]thread
	xvfb    float64
	rss     int
	frames  int64 // the frames shown so far, -1 when not counted
}

type thread struct {
	name string
	ns   float64
}

func (w *window) sample() sample {
	return sample{threads: threads(w.cmd.Process.Pid), xvfb: total(threads(w.xvfb.Process.Pid)), rss: w.rss(),
		frames: frames(w.frameFile)}
}

// threads reads the CPU time of every thread of process pid.
func threads(pid int) map[int]thread {
	out := map[int]thread{}
	dirs, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*", pid))
	for _, d := range dirs {
		tid, err := strconv.Atoi(filepath.Base(d))
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(d, "schedstat"))
		if err != nil {
			continue
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			continue
		}
		ns, _ := strconv.ParseFloat(f[0], 64)
		name, _ := os.ReadFile(filepath.Join(d, "comm"))
		n := strings.TrimSpace(string(name))
		if tid == pid {
			n = "main"
		}
		out[tid] = thread{name: n, ns: ns}
	}
	return out
}

func total(ts map[int]thread) float64 {
	s := 0.0
	for _, t := range ts {
		s += t.ns
	}
	return s
}

// result is the CPU time used between two samples, in nanoseconds: the
// main thread, llvmpipe's threads, the whole process (every thread), the
// X server; and each thread by name; and the frames shown (-1: not
// counted).
type result struct {
	main, gl, process, xvfb float64
	frames                  float64
	rss                     int
	threads                 map[string]float64
}

func (r result) other() float64 { return r.process - r.main - r.gl }

func (s sample) minus(b sample) result {
	r := result{xvfb: s.xvfb - b.xvfb, rss: s.rss, threads: map[string]float64{}, frames: -1}
	if s.frames >= 0 && b.frames >= 0 {
		r.frames = float64(s.frames - b.frames)
	}
	for tid, t := range s.threads {
		d := t.ns - b.threads[tid].ns
		r.process += d
		switch {
		case t.name == "main":
			r.main += d
		case strings.HasPrefix(t.name, "llvmpipe"):
			r.gl += d
		}
		r.threads[fmt.Sprintf("%s/%d", t.name, tid)] = d
	}
	return r
}

func (r result) print(label string, keys int) {
	k := float64(keys) * 1e6
	fr, glf := "-", "-"
	if r.frames > 0 {
		fr = fmt.Sprintf("%.2f", r.frames/float64(keys))
		glf = fmt.Sprintf("%.1f", r.gl/r.frames/1e6)
	}
	fmt.Printf("%-6s %9.2f %9.2f %9.2f %9.2f %9.2f %7d %7s %7s\n", label, r.main/k, r.gl/k, r.other()/k, r.process/k, r.xvfb/k, r.rss/1024, fr, glf)
}

func (r result) printThreads(keys int) {
	names := make([]string, 0, len(r.threads))
	for n := range r.threads {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return r.threads[names[i]] > r.threads[names[j]] })
	for _, n := range names {
		if ms := r.threads[n] / float64(keys) / 1e6; ms >= 0.01 {
			fmt.Printf("         %-24s %8.2f ms/key\n", n, ms)
		}
	}
}

// median returns the median of each figure over the runs.
func median(rs []result) result {
	pick := func(f func(result) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	return result{
		main:    pick(func(r result) float64 { return r.main }),
		gl:      pick(func(r result) float64 { return r.gl }),
		process: pick(func(r result) float64 { return r.process }),
		xvfb:    pick(func(r result) float64 { return r.xvfb }),
		rss:     int(pick(func(r result) float64 { return float64(r.rss) })),
		frames:  pick(func(r result) float64 { return r.frames }),
	}
}
