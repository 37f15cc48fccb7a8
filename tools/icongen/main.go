// Command icongen draws the application icon, assets/icon.png: a report
// page with ruled lines and a numbered margin on a rounded blue square, one
// line marked as an insertion.
//
//	go run ./tools/icongen -o assets/icon.png
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

const size = 256

var (
	blue   = color.NRGBA{0x1f, 0x4e, 0x8c, 0xff}
	paper  = color.NRGBA{0xfb, 0xfa, 0xf6, 0xff}
	ink    = color.NRGBA{0x5a, 0x63, 0x70, 0xff}
	margin = color.NRGBA{0x1f, 0x4e, 0x8c, 0xff}
	insert = color.NRGBA{0x2e, 0x9e, 0x5b, 0xff}
)

func main() {
	out := flag.String("o", "assets/icon.png", "output PNG")
	flag.Parse()
	if err := write(*out, draw()); err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
}

func draw() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	roundRect(img, 8, 8, size-8, size-8, 44, blue)
	roundRect(img, 58, 36, 198, 220, 10, paper)
	for i, y := 0, 64; y < 200; i, y = i+1, y+22 {
		roundRect(img, 72, y, 84, y+10, 3, margin) // paragraph number
		end := 184
		if i%3 == 2 {
			end = 150
		}
		c := ink
		if i == 2 {
			c = insert
		}
		roundRect(img, 92, y+2, end, y+8, 3, c)
	}
	return img
}

// roundRect fills the rectangle [x0,x1)×[y0,y1) with corners of radius r,
// anti-aliased at the corners.
func roundRect(img *image.NRGBA, x0, y0, x1, y1, r int, c color.NRGBA) {
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			cov := coverage(float64(x)+0.5, float64(y)+0.5, float64(x0), float64(y0), float64(x1), float64(y1), float64(r))
			if cov > 0 {
				blend(img, x, y, c, cov)
			}
		}
	}
}

func coverage(px, py, x0, y0, x1, y1, r float64) float64 {
	cx := math.Max(x0+r, math.Min(px, x1-r))
	cy := math.Max(y0+r, math.Min(py, y1-r))
	d := math.Hypot(px-cx, py-cy)
	return math.Max(0, math.Min(1, r-d+0.5))
}

func blend(img *image.NRGBA, x, y int, c color.NRGBA, a float64) {
	old := img.NRGBAAt(x, y)
	oa := float64(old.A) / 255
	na := a + oa*(1-a)
	mix := func(n, o uint8) uint8 {
		if na == 0 {
			return 0
		}
		return uint8((float64(n)*a + float64(o)*oa*(1-a)) / na)
	}
	img.SetNRGBA(x, y, color.NRGBA{mix(c.R, old.R), mix(c.G, old.G), mix(c.B, old.B), uint8(na * 255)})
}

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return f.Close()
}
