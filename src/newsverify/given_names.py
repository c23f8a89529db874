"""Common given names that say a person's gender, for pronouns the text leaves open.

"Opposition leader Rafael Montes met Grace Liang. '...,' she said": nothing in the text says
who is a "she", but the given names do, as every reader knows. The lists hold widely used
given names of English-speaking countries and of the families most often named in their
news (Polish ones among them, matched with or without their accents); names used for either
sex (Alex, Ali, Jordan, Robin, Jean, Andrea, Kim, Marian) are left out, so a name here is a
sign, never a guess. A name only rules a person out for a pronoun (`People.may_be`); the
text's own word ("Mrs", "his") always wins over it.
"""

from __future__ import annotations

import unicodedata

MALE = frozenset(
    """
    aaron abdul abdullah adam adrian ahmed aidan alan alastair albert alberto aleksander
    alexander alexei alfie alfred  alistair andre andreas andrew andy angus anthony
    antonio archie arjun arnold arthur ashok barry ben benjamin bernard bill billy bob bobby
    boris brendan brian bruce bryan callum calvin carl carlos cedric charles christian
    christopher christoph ciaran clarence clive colin conor craig cyril damian daniel danny
    darren david dean declan dennis derek desmond diego dmitri dominic donald douglas duncan
    dylan eamon edgar edmund edward edwin eli elijah emmanuel eric ernest ethan eugene evan
    fergus fernando finn francesco francis francisco frank fraser frederick gabriel gareth
    gary gavin geoffrey george gerald gerard giovanni glen glenn gordon graham grant gregory
    guy hamish hans harold harry harvey hassan hector henry herbert horace howard hugh hugo
    iain ian igor imran isaac ivan jack jacob jake james jamal  jason javier jeffrey
    jeremy jerome jim jimmy joe joel johan johannes john jon jonathan jorge jose joseph
    joshua juan julian justin karl keith kenneth kevin kieran kofi kwame lachlan lars
    laurence lawrence leo leon leonard liam lionel lorenzo louis luca lucas luis luke
    malcolm marcus mario mark martin matthew max michael miguel mohamed mohammed muhammad
    nathan neil nicholas nigel noah norman oliver omar oscar owen pablo patrick paul pedro
    peter philip pierre piotr rafael rahul rajesh ralph raymond rhys richard robert roberto
    rodney roger roland ronald rory ross roy rupert russell ryan samuel scott sean sebastian
    sergei seamus simon stanley stefan stephen steve steven stuart sunil tariq terence terry
    theo theodore thomas timothy toby tom tomas tomasz tony trevor tristan vincent vikram
    vladimir walter warren wayne wilfred william yusuf zach zachary
    andrzej bartosz dariusz grzegorz jakub janusz jerzy kamil kazimierz krzysztof lukasz
    marek mariusz mateusz michal pawel tadeusz witold wojciech zbigniew
    """.split()
)

FEMALE = frozenset(
    """
    abigail ada adele adriana agnes aisha alice alicia alison amanda amelia amy ana angela
    anita ann anna anne annette antonia aoife audrey ava barbara beatrice belinda bernadette
    beth bridget brigid caitlin camilla carla carmen carol caroline catherine cecilia
    charlotte chloe christina christine claire clara claudia constance cynthia daisy daphne
    deborah deirdre denise diana diane dolores dorothy edith eileen elaine eleanor elena
    eliza elizabeth ella ellen eloise emily emma erin esther eva eve fatima felicity fiona
    florence frances francesca freya gemma georgia geraldine gillian gina gloria grace greta
    gwendolyn hannah harriet hazel heather helen helena hilda holly imogen ingrid irene iris
    isabel isabella isla jacqueline jane janet janice jennifer jessica joan joanna josephine
    joyce judith julia juliet june karen katherine kathleen kathryn katie kate laura lauren
    leah lily linda  lisa lorna louise lucy lydia  mabel maeve maggie margaret
    maria  marie  marta martha mary matilda maureen megan melanie michelle
    mildred miriam molly monica nadia naomi natalie natasha nicole nora norma olga olivia
    pamela patricia paula pauline penelope phoebe polly priya rachel rebecca rita rosa
    rosalind rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley
    siobhan sofia sonia sophie stella susan suzanne sylvia teresa theresa tracey ursula
    valerie vanessa vera victoria violet wendy yasmin yvonne zoe
    agnieszka beata dorota ewa grazyna halina jadwiga katarzyna krystyna magdalena
    malgorzata monika urszula zofia
    """.split()
)


def gender_of_name(given: str) -> str | None:
    """ "m" or "f" for a common given name of one sex, else None."""
    # Written with or without its accents: "Paweł", "Małgorzata", "Łukasz".
    lower = unicodedata.normalize("NFKD", given.lower().replace("ł", "l"))
    lower = "".join(c for c in lower if not unicodedata.combining(c))
    if lower in MALE:
        return "m"
    if lower in FEMALE:
        return "f"
    return None
