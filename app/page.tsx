import Link from 'next/link'

export default function HomePage() {
  return (
    <section className="hero">
      <h1>Patient handouts, tailored in a minute</h1>
      <p>
        Pick the patient&apos;s group and the causes that fit, add a note, and print a clear handout built from
        reviewed, plain-language guide sections with their sources.
      </p>
      <p>
        <Link className="button" href="/library">
          Browse the guide library
        </Link>
      </p>
    </section>
  )
}
